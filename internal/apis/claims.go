package apis

import (
	"go/types"
	"slices"
)

// The claims of an identity token: who signed in (subject, email, name,
// groups), as the token's issuer asserted it.

// OIDCPkg is go-oidc, the OpenID Connect client.
const OIDCPkg = "github.com/coreos/go-oidc/v3/oidc"

// jwtPkgs are the versions of golang-jwt.
var jwtPkgs = []string{"github.com/golang-jwt/jwt/v4", "github.com/golang-jwt/jwt/v5"}

// ClaimsDecoders decode the claims of a verified identity token, or of
// the user info its issuer returned, into the value their argument points
// to: idToken.Claims(&claims).
var ClaimsDecoders = []string{m(OIDCPkg+".IDToken", "Claims"), m(OIDCPkg+".UserInfo", "Claims")}

// ClaimsTypes are the types ("path.Name") that hold a token's claims:
// golang-jwt's map of every claim, and the registered claims (sub, iss,
// aud) that a custom claims struct embeds.
var ClaimsTypes = slices.Concat(
	typeKeys(jwtPkgs, "MapClaims"),
	typeKeys(jwtPkgs[:1], "StandardClaims"),
	typeKeys(jwtPkgs, "RegisteredClaims"),
)

// typeKeys returns "pkg.name" for each package.
func typeKeys(pkgs []string, name string) []string {
	out := make([]string, len(pkgs))
	for i, p := range pkgs {
		out[i] = p + "." + name
	}
	return out
}

// IsClaimsDecoder reports whether fn is one of [ClaimsDecoders].
func IsClaimsDecoder(fn *types.Func) bool {
	return fn != nil && fn.Name() == "Claims" && RawKeyIn(fn, ClaimsDecoders)
}

// IsClaimsType reports whether t (or what it points to) is one of
// [ClaimsTypes], or a struct that embeds one: a custom claims struct.
func IsClaimsType(t types.Type) bool {
	if slices.Contains(ClaimsTypes, TypeKey(t)) {
		return true
	}
	st, ok := derefType(types.Unalias(t)).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for f := range st.Fields() {
		if f.Embedded() && slices.Contains(ClaimsTypes, TypeKey(f.Type())) {
			return true
		}
	}
	return false
}

// Encoders write their first argument whole as text: json.Marshal(v).
var Encoders = []string{"encoding/json.Marshal", "encoding/json.MarshalIndent", "encoding/xml.Marshal", "encoding/xml.MarshalIndent"}

// IsEncoder reports whether fn is one of [Encoders].
func IsEncoder(fn *types.Func) bool {
	return fn != nil && RawKeyIn(fn, Encoders)
}
