// Validates PEF files with brailleutils' PEFValidator (full mode: the PEF 2008-1 Relax NG
// schema and its Schematron rules), calling it directly because Debian's `brailleutils
// validate` fails on Java 17. Prints the report and exits with 1 when a file is not valid.
import java.io.File;
import java.io.InputStream;
import org.daisy.braille.pef.PEFValidator;

public class ValidatePef {
  public static void main(String[] args) throws Exception {
    boolean allValid = true;
    for (String path : args) {
      PEFValidator validator = new PEFValidator();
      validator.setFeature(PEFValidator.FEATURE_MODE, PEFValidator.Mode.FULL_MODE);
      boolean valid = validator.validate(new File(path).toURI().toURL());
      System.out.println(path + (valid ? ": valid" : ": NOT valid"));
      if (!valid) {
        try (InputStream report = validator.getReportStream()) {
          if (report != null) System.out.write(report.readAllBytes());
        }
        allValid = false;
      }
    }
    System.out.flush();
    System.exit(allValid ? 0 : 1);
  }
}
