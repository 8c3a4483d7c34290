// When the server dies: restart it, unless it has died too often lately (a restart storm helps nobody).

export interface RestartDecision {
    readonly restart: boolean;
    /** How long to wait before starting again, growing with each recent crash. */
    readonly delayMillis: number;
}

export class RestartPolicy {
    private crashes: number[] = [];

    constructor(
        private readonly maxCrashes = 3,
        private readonly windowMillis = 3 * 60_000,
        private readonly baseDelayMillis = 500,
        private readonly now: () => number = Date.now,
    ) {}

    /** Records a crash and decides whether to start the server again. */
    crashed(): RestartDecision {
        const time = this.now();
        this.crashes = this.crashes.filter(at => time - at < this.windowMillis);
        this.crashes.push(time);
        if (this.crashes.length > this.maxCrashes) {
            return { restart: false, delayMillis: 0 };
        }
        return { restart: true, delayMillis: this.baseDelayMillis * 2 ** (this.crashes.length - 1) };
    }

    /** A restart the user asked for starts with a clean record. */
    reset(): void {
        this.crashes = [];
    }
}
