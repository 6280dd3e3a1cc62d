import java.io.*;
import java.nio.file.*;
import org.apache.poi.poifs.crypt.*;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
public class PasswordXlsx {
  public static void main(String[] a) throws Exception {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var r = wb.createSheet("投诉").createRow(0);
      r.createCell(0).setCellValue("投诉编号"); r.createCell(1).setCellValue("门店编码");
      wb.write(plain);
    }
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("secret");
      try (OutputStream os = enc.getDataStream(fs)) { os.write(plain.toByteArray()); }
      try (OutputStream out = Files.newOutputStream(Path.of(a[0]))) { fs.writeFilesystem(out); }
    }
  }
}
