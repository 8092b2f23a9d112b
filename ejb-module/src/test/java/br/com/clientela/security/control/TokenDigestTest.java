package br.com.clientela.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenDigestTest {

    @Test
    void newTokenIsPrefixedUrlSafeBase64OfThirtyTwoBytes() {
        String token = TokenDigest.newToken();

        // 32 bytes in unpadded Base64 are 43 characters.
        assertThat(token).startsWith("clt_").hasSize(4 + 43).matches("clt_[A-Za-z0-9_-]{43}");
    }

    @Test
    void newTokensDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(TokenDigest.newToken());
        }

        assertThat(tokens).hasSize(1000);
    }

    @Test
    void newTokensUseTheWholeAlphabet() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String token = TokenDigest.newToken();
            for (char c : token.substring(4).toCharArray()) {
                seen.add(c);
            }
        }

        // 200 tokens are 8,600 random characters: each of the 64 turns up, unless the source is not random.
        assertThat(seen).hasSize(64);
    }

    @Test
    void sha256MatchesTheStandardTestVectors() {
        assertThat(TokenDigest.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TokenDigest.sha256(""))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void sha256IsSixtyFourLowerCaseHexCharactersThatFitTheColumn() {
        assertThat(TokenDigest.sha256(TokenDigest.newToken())).matches("[0-9a-f]{64}");
    }

    @Test
    void differentTokensHaveDifferentDigests() {
        String token = TokenDigest.newToken();

        assertThat(TokenDigest.sha256(token)).isEqualTo(TokenDigest.sha256(token))
                .isNotEqualTo(TokenDigest.sha256(token + "x"));
    }
}
