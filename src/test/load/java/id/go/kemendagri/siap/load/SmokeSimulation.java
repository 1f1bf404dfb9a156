package id.go.kemendagri.siap.load;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;

import java.time.Duration;

import io.gatling.javaapi.core.Simulation;

/**
 * The smoke version of the capacity run: a few dozen sessions (default 30) for about a minute (after 20 s in which one
 * user of each kind warms the freshly started server up) with short think
 * times, every journey's every step at least once; fails on any failed request or unmet expectation, so the
 * protocol script keeps up with the screens. Run by {@code .ci/load-smoke} against the production jar.
 */
public class SmokeSimulation extends Simulation {

    {
        int ramp = Integer.getInteger("load.ramp", 15);
        int hold = Integer.getInteger("load.hold", 45);
        // Half of the staff's rounds import the budget file (a fifth in the capacity run), so that a minute shows it.
        var pace = new Journeys.Pace(Integer.getInteger("load.think.min", 1), Integer.getInteger("load.think.max", 3),
                Double.parseDouble(System.getProperty("load.import.share", "0.5")), false);
        int warmUp = Integer.getInteger("load.warm-up", 20);
        setUp(Journeys.mix(Integer.getInteger("load.sessions", 30), warmUp, ramp, hold, pace))
                .protocols(CapacitySimulation.protocol())
                .maxDuration(Duration.ofSeconds(warmUp + ramp + hold + 90))
                .assertions(global().failedRequests().count().is(0L), global().successfulRequests().count().gt(0L),
                        // every journey's steps, the budget import's store included (a staff round of two has it)
                        details("budget import (store)").successfulRequests().count().gt(0L));
    }
}
