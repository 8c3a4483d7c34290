package dev.modelsense.compile;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestionsTest {

    @Test
    void suggestsTheClosestName() {
        assertEquals(Optional.of("stg_orders"), Suggestions.closest("stg_order", List.of("stg_customers",
                "stg_orders", "orders")));
    }

    @Test
    void suggestsNothingWhenEverythingIsFar() {
        assertEquals(Optional.empty(), Suggestions.closest("payments", List.of("stg_customers", "dim_dates")));
    }

    @Test
    void isCaseInsensitive() {
        assertEquals(" Did you mean 'Customers'?", Suggestions.didYouMean("customers", List.of("Customers")));
    }
}
