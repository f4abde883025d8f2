// Package configloading loads configuration in the shapes a service uses,
// beside functions that decode what a request sends.
package configloading

import (
	"context"
	_ "embed"
	"encoding/json"
	"os"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v3"
	sigsyaml "sigs.k8s.io/yaml"
)

func loadprobe() {}

//go:embed testdata.yaml
var embedded string

type Config struct {
	Name string
}

// FromFile decodes a file into a local it returns.
func FromFile(path string) (Config, error) {
	loadprobe() // want `loading: function FromFile that loads the program's configuration`
	var c Config
	data, err := os.ReadFile(path)
	if err != nil {
		return c, err
	}
	err = yaml.Unmarshal(data, &c)
	return c, err
}

// Embedded decodes embedded data into a named result.
func Embedded() (c *Config, err error) {
	loadprobe() // want `loading: function Embedded that loads the program's configuration`
	c = &Config{}
	err = sigsyaml.Unmarshal([]byte(embedded), c)
	return
}

// Load decodes a file into its receiver.
func (c *Config) Load(path string) error {
	loadprobe() // want `loading: function Load that loads the program's configuration`
	_, err := toml.DecodeFile(path, c)
	return err
}

// Layered loads through a function of the package it hands its result to.
func Layered(path string) (*Config, error) {
	loadprobe() // want `loading: function Layered that loads the program's configuration`
	c := new(Config)
	return c, c.Load(path)
}

// fromBytes decodes into its parameter without reading anything, and only
// loaders call it.
func fromBytes(data []byte, into *Config) error {
	loadprobe() // want `loading: function fromBytes only used in configuration loading`
	return json.Unmarshal(data, into)
}

// Files reads files and hands its parameter to fromBytes.
func Files(paths []string, c *Config) error {
	loadprobe() // want `loading: function Files that loads the program's configuration`
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := fromBytes(data, c); err != nil {
			return err
		}
	}
	go func() {
		loadprobe() // want `not loading`
	}()
	return nil
}

// Decode decodes into its parameter what it is given: it reads no file.
func Decode(data []byte, v any) error {
	loadprobe() // want `not loading`
	return json.Unmarshal(data, v)
}

// Fetch reads a file for a request (it takes a context).
func Fetch(ctx context.Context, path string, v any) error {
	loadprobe() // want `not loading`
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(data, v)
}

// Count reads a file and decodes it into a local it keeps.
func Count(path string) int {
	loadprobe() // want `not loading`
	data, _ := os.ReadFile(path)
	var names []string
	_ = json.Unmarshal(data, &names)
	return len(names)
}

// Into hands its parameter to Count's argument, which Count does not
// decode into.
func Into(path string) string {
	loadprobe() // want `not loading`
	Count(path)
	return path
}
