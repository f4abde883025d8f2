package passkit

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Option describes one option of a pass: a field of its configuration.
type Option struct {
	// Name is the field's json tag: the plugin key, and the flag
	// -<pass>.<name>.
	Name string
	// Help is the field's help tag.
	Help string
	// Kind is "list", "checks", "string", "bool" or "int".
	Kind string
	// Default is the default value as the flag prints it (a list is
	// comma-separated).
	Default string
	// DefaultValue is the default value itself.
	DefaultValue any

	index int
}

var checksType = reflect.TypeFor[Checks]()

// options describes the exported, tagged fields of the configuration v,
// their defaults being v's values. A field with no json tag, or tagged
// "-", is not an option. A field of an unsupported type is a programming
// error.
func options(v reflect.Value) []Option {
	t := v.Type()
	var out []Option
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "" || name == "-" {
			continue
		}
		o := Option{Name: name, Help: f.Tag.Get("help"), index: i, DefaultValue: v.Field(i).Interface()}
		switch {
		case f.Type == checksType:
			o.Kind = "checks"
		case f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.String:
			o.Kind = "list"
		case f.Type.Kind() == reflect.String:
			o.Kind = "string"
		case f.Type.Kind() == reflect.Bool:
			o.Kind = "bool"
		case f.Type.Kind() == reflect.Int:
			o.Kind = "int"
		default:
			panic(fmt.Sprintf("passkit: option %s of %s has unsupported type %s", name, t, f.Type))
		}
		if o.Help == "" {
			panic(fmt.Sprintf("passkit: option %s of %s has no help tag", name, t))
		}
		o.Default = format(v.Field(i))
		out = append(out, o)
	}
	return out
}

// format renders an option's value as its flag prints it.
func format(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Slice:
		items := make([]string, v.Len())
		for i := range items {
			items[i] = v.Index(i).String()
		}
		return strings.Join(items, ",")
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int:
		return strconv.FormatInt(v.Int(), 10)
	}
	return v.String()
}

// optionValue is the flag.Value of one option, bound to a field of the
// analyzer's own configuration. A value that makes the configuration
// invalid is rejected and the field keeps its previous value.
type optionValue struct {
	field    reflect.Value
	validate func() error
}

// String returns the value as the flag prints it. The flag package also
// calls it on a zero optionValue.
func (o *optionValue) String() string {
	if o == nil || !o.field.IsValid() {
		return ""
	}
	return format(o.field)
}

// Set parses s into the field and validates the configuration.
func (o *optionValue) Set(s string) error {
	old := reflect.New(o.field.Type()).Elem()
	old.Set(o.field)
	switch o.field.Kind() {
	case reflect.Slice:
		items := Split(s)
		list := reflect.MakeSlice(o.field.Type(), len(items), len(items))
		for i, it := range items {
			list.Index(i).SetString(it)
		}
		o.field.Set(list)
	case reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return fmt.Errorf("want true or false, got %q", s)
		}
		o.field.SetBool(b)
	case reflect.Int:
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return fmt.Errorf("want an integer, got %q", s)
		}
		o.field.SetInt(int64(n))
	default:
		o.field.SetString(strings.TrimSpace(s))
	}
	if err := o.validate(); err != nil {
		o.field.Set(old)
		return err
	}
	return nil
}

// IsBoolFlag lets a bool option be given as -<pass>.<name> alone.
func (o *optionValue) IsBoolFlag() bool {
	return o != nil && o.field.IsValid() && o.field.Kind() == reflect.Bool
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

// clone returns a copy of the configuration c that shares no list with it.
func clone[C any](c C) C {
	v := reflect.ValueOf(&c).Elem()
	if v.Kind() != reflect.Struct {
		return c
	}
	for i := range v.NumField() {
		f := v.Field(i)
		if f.Kind() == reflect.Slice && f.CanSet() && !f.IsNil() {
			cp := reflect.MakeSlice(f.Type(), f.Len(), f.Len())
			reflect.Copy(cp, f)
			f.Set(cp)
		}
	}
	return c
}
