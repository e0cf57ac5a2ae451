package dev.digest.metadata.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phones write positions in three ISO 6709 forms; each must come out as signed degrees. */
class Iso6709Test {
  @Test
  void parse_decimalDegreesWithAltitude_isSigned() {
    assertThat(Iso6709.parse("+47.3769+008.5417+408.000/"))
        .isEqualTo(new Gps(47.3769, 8.5417, 408.0));
  }

  @Test
  void parse_southWestWithoutAltitude_hasNullAltitude() {
    assertThat(Iso6709.parse("-33.8568-070.6483/")).isEqualTo(new Gps(-33.8568, -70.6483, null));
  }

  @Test
  void parse_belowSeaLevel_isNegativeAltitude() {
    assertThat(Iso6709.parse("+31.5590+035.4732-430.5/").altitude()).isEqualTo(-430.5);
  }

  @Test
  void parse_degreesAndDecimalMinutes_convertsMinutes() {
    Gps gps = Iso6709.parse("+4722.614+00832.502/");

    assertThat(gps.latitude()).isCloseTo(47 + 22.614 / 60, within(1e-12));
    assertThat(gps.longitude()).isCloseTo(8 + 32.502 / 60, within(1e-12));
  }

  @Test
  void parse_degreesMinutesSeconds_convertsSeconds() {
    Gps gps = Iso6709.parse("-334008.5+1511255.1/");

    assertThat(gps.latitude()).isCloseTo(-(33 + 40 / 60.0 + 8.5 / 3600), within(1e-12));
    assertThat(gps.longitude()).isCloseTo(151 + 12 / 60.0 + 55.1 / 3600, within(1e-12));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "north", "47.3769 8.5417", "+95.0+008.0/", "+45.0+190.0/"})
  void parse_notAPositionOnEarth_isNull(String text) {
    assertThat(Iso6709.parse(text)).isNull();
  }

  @Test
  void parse_overlongText_isNullWithoutScanningIt() {
    assertThat(Iso6709.parse("+47.3769+008.5417" + "0".repeat(10_000))).isNull();
  }
}
