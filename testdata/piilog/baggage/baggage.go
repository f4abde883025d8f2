// Package baggage puts personal data in baggage, which travels in headers
// to every downstream service.
package baggage

import (
	"go.opentelemetry.io/otel/baggage"
)

type User struct {
	TenantID string
	Phone    string
}

func members(u User) {
	m1, _ := baggage.NewMember("user.phone", u.Phone) // want `baggage key "user.phone" carries personal data \(phone\) in headers to every downstream service; keep it in a span attribute or pass an opaque id`
	m2, _ := baggage.NewMemberRaw("tenant.id", u.TenantID)
	m3, _ := baggage.NewMemberRaw("caller", u.Phone)                // want `baggage value u.Phone carries personal data \(phone\)`
	m4, _ := baggage.NewMember("session.token", u.TenantID+u.Phone) // want `baggage key "session.token" carries a secret \(token\)`
	m5, _ := baggage.NewMember("phone.verified", "true")
	_, _, _, _, _ = m1, m2, m3, m4, m5
}
