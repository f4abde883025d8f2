package piilog

import (
	"regexp"
	"strings"
)

var (
	emailShape = regexp.MustCompile(`^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$`)
	// phoneShape: an optional +, digits and the separators people write
	// in phone numbers; dots are left out so that IP and version strings
	// do not look like phones.
	phoneShape = regexp.MustCompile(`^\+?[0-9(][0-9 ()\-]*[0-9]$`)
	dateShape  = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}`)
	cardShape  = regexp.MustCompile(`^[0-9]{4}([ \-]?[0-9]{2,4}){2,4}[ \-]?[0-9]{1,4}$`)
)

// literalShape returns what a whole string literal looks like ("an email
// address", "a phone number", "a card number"), or "" if it looks like
// none of them.
func literalShape(s string) string {
	s = strings.TrimSpace(s)
	switch {
	case len(s) < 7 || len(s) > 254:
		return ""
	case emailShape.MatchString(s):
		if reservedDomain(s[strings.LastIndexByte(s, '@')+1:]) {
			return "" // nobody's mailbox
		}
		return "an email address"
	}
	digits := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	if cardShape.MatchString(s) && digits >= 13 && digits <= 19 && luhn(s) {
		return "a card number"
	}
	if !phoneShape.MatchString(s) || dateShape.MatchString(s) {
		return ""
	}
	plain := digits == len(s)
	switch {
	case digits < 7 || digits > 15:
		return ""
	case plain && digits < 10:
		// A short run of digits is more often a number than a phone.
		return ""
	case plain && (s[0] == '0' && digits != 11 || allSame(s)):
		return ""
	}
	return "a phone number"
}

// luhn reports whether the digits of s pass the Luhn check that card
// numbers carry.
func luhn(s string) bool {
	sum, n := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c < '0' || c > '9' {
			continue
		}
		d := int(c - '0')
		if n%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		n++
	}
	return n > 0 && sum%10 == 0
}

// allSame reports whether s repeats one character: 0000000000.
func allSame(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] != s[0] {
			return false
		}
	}
	return true
}

// reservedDomains are the names that RFC 2606 and RFC 6761 reserve for
// documentation and testing: no one can hold a mailbox under them, so an
// address there is a placeholder, not a person's.
var reservedDomains = []string{"example.com", "example.net", "example.org", "example", "test", "invalid", "localhost"}

// reservedDomain reports whether domain is one of [reservedDomains] or a
// name under one of them (mail.example.com, host.test).
func reservedDomain(domain string) bool {
	domain = strings.ToLower(strings.TrimSuffix(domain, "."))
	for _, r := range reservedDomains {
		if domain == r || strings.HasSuffix(domain, "."+r) {
			return true
		}
	}
	return false
}
