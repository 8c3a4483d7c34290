package dev.modelsense.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedCsvTest {

    @Test
    void readsTheHeaderOnly() {
        assertEquals(List.of("id", "name", "amount"), SeedCsv.seedColumns("id,name,amount\n1,a,2\n"));
    }

    @Test
    void handlesQuotingBomAndLineEndings() {
        assertEquals(List.of("id", "full, name", "say \"hi\"", ""),
                SeedCsv.seedColumns("\uFEFFid,\"full, name\",\"say \"\"hi\"\"\",\r\n1,2,3,4"));
        assertEquals(List.of("multi\nline", "b"), SeedCsv.seedColumns("\"multi\nline\",b\n"));
    }

    @Test
    void emptyInputHasNoColumns() {
        assertEquals(List.of(), SeedCsv.seedColumns(""));
        assertEquals(List.of(), SeedCsv.seedColumns("\uFEFF"));
    }
}
