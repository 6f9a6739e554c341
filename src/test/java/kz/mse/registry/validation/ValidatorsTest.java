package kz.mse.registry.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Edge validation: IIN checksum (RULES.md "IIN"), KZ mobiles, ICD-10 codes. */
class ValidatorsTest {

  @ParameterizedTest
  @ValueSource(strings = {"850315300128", "920704456784", "750525300046"})
  void validIinsOfTheRules(String iin) {
    assertThat(IinNumbers.isValid(iin)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"850315300129", "85031530012", "8503153001280", "85031530012a",
      "", "000000000001"})
  void invalidIins(String iin) {
    assertThat(IinNumbers.isValid(iin)).isFalse();
  }

  @Test
  void secondWeightsAreUsedWhenTheFirstSumIsTen() {
    // 85010130060: weights 1..11 give 164 mod 11 = 10, weights 3..11,1,2 give 3
    assertThat(IinNumbers.isValid("850101300603")).isTrue();
    assertThat(IinNumbers.isValid("850101300600")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"+77011234567", "87011234567", "+7 (747) 123-45-67", "7071234567"})
  void kazakhMobiles(String phone) {
    assertThat(PhoneNumbers.isKazakhMobile(phone)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"+77172743965", "+79161234567", "+12025550123", "12345", "phone"})
  void notKazakhMobiles(String phone) {
    assertThat(PhoneNumbers.isKazakhMobile(phone)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"+7 7172 74 39 65", "8 (727) 272 00 00", "+77011234567"})
  void kazakhNumbersLandlineOrMobile(String phone) {
    assertThat(PhoneNumbers.isKazakhNumber(phone)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"+79161234567", "+12025550123", "12345", "2026-02-30", "phone"})
  void notKazakhNumbers(String phone) {
    assertThat(PhoneNumbers.isKazakhNumber(phone)).isFalse();
  }

  @Test
  void phonesAreStoredInE164AndMaskedInLogs() {
    assertThat(PhoneNumbers.toE164("8 (701) 123 45 67")).isEqualTo("+77011234567");
    assertThat(PhoneNumbers.mask("+77011234567")).isEqualTo("+7701***4567");
    assertThatThrownBy(() -> PhoneNumbers.toE164("+79161234567"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void icd10CodesAndCoverageByCategory() {
    assertThat(Icd10Codes.isValid("C50")).isTrue();
    assertThat(Icd10Codes.isValid("C50.9")).isTrue();
    assertThat(Icd10Codes.isValid("c50")).isFalse();
    assertThat(Icd10Codes.isValid("C5")).isFalse();
    assertThat(Icd10Codes.isValid("C50.")).isFalse();
    assertThat(Icd10Codes.covers(List.of("C50"), "C50.9")).isTrue();
    assertThat(Icd10Codes.covers(List.of("C50.9"), "C50")).isFalse();
    assertThat(Icd10Codes.covers(List.of("C50.9"), "C50.1")).isFalse();
  }
}
