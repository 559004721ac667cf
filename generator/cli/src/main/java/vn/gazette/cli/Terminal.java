package vn.gazette.cli;

import java.time.Clock;
import java.util.Objects;

/**
 * What a command may know about where it runs: the clock (today's date, the build time) and whether a person is
 * watching at a terminal (only then is a progress bar drawn). Tests pass a fixed clock. Immutable.
 *
 * @param clock       the time; the commands read it, the engine never does
 * @param interactive whether the output goes to a terminal ({@code System.console() != null})
 */
record Terminal(Clock clock, boolean interactive) {

    Terminal {
        Objects.requireNonNull(clock, "clock");
    }
}
