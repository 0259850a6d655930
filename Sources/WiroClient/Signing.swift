import Crypto
import Foundation

/// The credentials of a Wiro project and the headers they sign.
///
/// With a secret: `x-api-key`, `x-nonce` and `x-signature` = hex HMAC-SHA256 keyed with the API
/// key over API secret + nonce, exactly what the docs' `openssl dgst -sha256 -hmac` line makes.
/// Without one: `x-api-key` alone (projects created for API-key-only auth).
struct WiroCredentials: Sendable {
    let apiKey: String
    let apiSecret: String?

    /// The authentication headers for one request.
    func headers(nonce: String) -> [String: String] {
        guard let apiSecret else { return ["x-api-key": apiKey] }
        return ["x-api-key": apiKey, "x-nonce": nonce, "x-signature": Self.signature(key: apiKey, secret: apiSecret, nonce: nonce)]
    }

    /// Hex HMAC-SHA256 of `secret + nonce`, keyed with `key`.
    static func signature(key: String, secret: String, nonce: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data((secret + nonce).utf8), using: SymmetricKey(data: Data(key.utf8)))
        return code.map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }.joined()
    }
}
