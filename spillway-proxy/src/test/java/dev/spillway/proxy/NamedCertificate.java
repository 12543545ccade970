package dev.spillway.proxy;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate that carries one DNS name and nothing else: no IP address and no
 * {@code localhost}, like a certificate a public CA issues for a mail host. It verifies only
 * when the client checks that name, which is what tests of the backend TLS name need.
 */
final class NamedCertificate {

    private NamedCertificate() {
    }

    /** Writes {@code cert.pem} and {@code key.pem} for {@code dnsName} into {@code dir}. */
    static void write(Path dir, String dnsName) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        X500Name name = new X500Name("CN=" + dnsName);
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                BigInteger.valueOf(now.getEpochSecond()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(2, ChronoUnit.DAYS)), name, keys.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
        X509CertificateHolder certificate = builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
        Files.createDirectories(dir);
        writePem(dir.resolve("cert.pem"), certificate);
        writePem(dir.resolve("key.pem"), new JcaPKCS8Generator(keys.getPrivate(), null).generate());
    }

    private static void writePem(Path file, Object object) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
                JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(object);
        }
    }
}
