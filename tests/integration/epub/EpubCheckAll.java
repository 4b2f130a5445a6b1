// Runs epubcheck (Debian's jar) on every EPUB named, in one Java virtual machine: the schemas
// epubcheck compiles for its first book serve the others, and a JVM per book took most of the
// check's time. After each book's own report it prints "== <file> exit <code>".
import com.adobe.epubcheck.tool.EpubChecker;

public class EpubCheckAll {
  public static void main(String[] args) {
    int failed = 0;
    for (String file : args) {
      int code = new EpubChecker().run(new String[] {file, "--failonwarnings"});
      System.out.flush();
      System.err.flush();
      System.out.println("== " + file + " exit " + code);
      if (code != 0) failed++;
    }
    System.exit(failed == 0 ? 0 : 1);
  }
}
