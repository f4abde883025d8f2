// Package flagx holds the flag types of otellint's analyzer options: a
// comma-separated list, a list of check categories checked against the
// known ones, and a regular expression validated when it is set.
package flagx

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// List is a comma-separated list of strings bound to a []string.
type List struct{ P *[]string }

func (l List) String() string {
	if l.P == nil {
		return ""
	}
	return strings.Join(*l.P, ",")
}

// Set replaces the list.
func (l List) Set(s string) error {
	*l.P = Split(s)
	return nil
}

// Split splits a comma-separated list, dropping empty items.
func Split(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// Checks is a list of check categories, each of which must be known.
type Checks struct {
	P     *[]string
	Known []string
}

func (c Checks) String() string { return List{c.P}.String() }

// Set replaces the list, rejecting unknown categories.
func (c Checks) Set(s string) error {
	v := Split(s)
	if err := ValidateChecks(v, c.Known); err != nil {
		return err
	}
	*c.P = v
	return nil
}

// ValidateChecks returns an error naming the first category of v that is
// not in known.
func ValidateChecks(v, known []string) error {
	for _, x := range v {
		if !slices.Contains(known, x) {
			return fmt.Errorf("unknown check %q (known: %s)", x, strings.Join(known, ", "))
		}
	}
	return nil
}

// Regexp is a regular expression bound to a string, compiled (and so
// validated) when set.
type Regexp struct{ P *string }

func (r Regexp) String() string {
	if r.P == nil {
		return ""
	}
	return *r.P
}

// Set validates and stores the pattern.
func (r Regexp) Set(s string) error {
	if _, err := regexp.Compile(s); err != nil {
		return fmt.Errorf("invalid regular expression %q: %v", s, err)
	}
	*r.P = s
	return nil
}

// ValidatedList is a comma-separated list whose items are checked by
// Check when the flag is set.
type ValidatedList struct {
	P     *[]string
	Check func([]string) error
}

func (l ValidatedList) String() string { return List{l.P}.String() }

// Set validates and replaces the list.
func (l ValidatedList) Set(s string) error {
	v := Split(s)
	if err := l.Check(v); err != nil {
		return err
	}
	*l.P = v
	return nil
}

// ValidatedString is a string checked by Check when the flag is set.
type ValidatedString struct {
	P     *string
	Check func(string) error
}

func (v ValidatedString) String() string {
	if v.P == nil {
		return ""
	}
	return *v.P
}

// Set validates and stores the value.
func (v ValidatedString) Set(s string) error {
	s = strings.TrimSpace(s)
	if err := v.Check(s); err != nil {
		return err
	}
	*v.P = s
	return nil
}
