package dev.spillway.transport.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Generates a self-signed RSA certificate for a host name, for installations that have not
 * configured their own. The JDK has no API to build a certificate, so BouncyCastle does it.
 */
public final class SelfSignedCertificate {
    private static final Duration VALIDITY = Duration.ofDays(825);

    private SelfSignedCertificate() {
    }

    /**
     * Writes {@code cert.pem} and {@code key.pem} into {@code dir} unless both exist already.
     *
     * @return true when new files were written
     */
    public static boolean ensure(Path dir, String hostName) throws IOException {
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        if (Files.isRegularFile(cert) && Files.isRegularFile(key)) {
            return false;
        }
        Files.createDirectories(dir);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X509Certificate certificate = sign(pair, hostName);
            writeAtomically(key, pem(pair.getPrivate()), true);
            writeAtomically(cert, pem(certificate), false);
            return true;
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot generate a self-signed certificate: "
                    + e.getMessage(), e);
        }
    }

    private static X509Certificate sign(KeyPair pair, String hostName)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        Instant now = Instant.now();
        X500Name subject = new X500Name("CN=" + hostName + ",O=Spillway self-signed");
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                subject,
                new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(VALIDITY)),
                subject,
                pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(
                new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, hostName),
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                    new GeneralName(GeneralName.iPAddress, "::1"),
                }));
        var signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private static String pem(Object object) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            if (object instanceof PrivateKey key) {
                writer.writeObject(new JcaPKCS8Generator(key, null).generate());
            } else {
                writer.writeObject(object);
            }
        }
        return out.toString();
    }

    private static void writeAtomically(Path target, String text, boolean secret)
            throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(),
                ".tmp");
        try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
            writer.write(text);
        }
        if (secret) {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system: the directory's own permissions protect the key.
            }
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
