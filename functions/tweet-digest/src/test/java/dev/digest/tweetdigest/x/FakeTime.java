package dev.digest.tweetdigest.x;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that only moves when the source sleeps, so waits are asserted, never waited out. */
final class FakeTime extends Clock implements XApiPostSource.Sleeper {
  private final AtomicReference<Instant> now;
  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  FakeTime(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    now.updateAndGet(instant -> instant.plus(duration));
  }

  /** Every sleep so far, in order. */
  List<Duration> sleeps() {
    synchronized (sleeps) {
      return List.copyOf(sleeps);
    }
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
