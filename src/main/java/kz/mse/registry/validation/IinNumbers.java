package kz.mse.registry.validation;

/** IIN check digit (RULES.md "IIN"): weights 1..11, then 3..11,1,2 when the first sum is 10. */
public final class IinNumbers {

  private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

  private IinNumbers() {}

  public static boolean isValid(String iin) {
    if (iin == null || !iin.matches("\\d{12}")) {
      return false;
    }
    int check = weightedSum(iin, FIRST_WEIGHTS);
    if (check == 10) {
      check = weightedSum(iin, SECOND_WEIGHTS);
    }
    return check != 10 && check == iin.charAt(11) - '0';
  }

  private static int weightedSum(String iin, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (iin.charAt(i) - '0') * weights[i];
    }
    return sum % 11;
  }
}
