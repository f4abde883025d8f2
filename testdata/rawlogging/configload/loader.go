// Package configload loads a service's configuration from files before
// its logger exists, beside code that prints while it serves.
package configload

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"gopkg.in/yaml.v3"
)

//go:embed defaults.yaml
var defaults []byte

// Config is the service's configuration; its Log section describes the
// logger the service builds from it.
type Config struct {
	Log struct {
		Level string `yaml:"level"`
	} `yaml:"log"`
	Dir string `yaml:"dir"`
}

// Load reads the configuration files of dir in order: what it prints is
// start-up output for the operator, printed before any logger exists.
func Load(dir string) (*Config, error) {
	cfg := &Config{}
	if err := loadInto(dir, cfg); err != nil {
		return nil, err
	}
	return cfg, nil
}

// loadInto decodes the embedded defaults, then each file, into cfg.
func loadInto(dir string, cfg any) error {
	if dir == "" {
		log.Println("no configuration directory: using the defaults")
		return decode(defaults, "defaults.yaml", cfg)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return err
	}
	log.Printf("loading configuration files %v", files)
	for _, f := range files {
		data, err := readFile(f)
		if err != nil {
			return err
		}
		if err := decode(data, filepath.Base(f), cfg); err != nil {
			return err
		}
	}
	return nil
}

// decode expands and decodes one file: it reads nothing, and is only
// used in loading.
func decode(data []byte, name string, cfg any) error {
	data = expand(data, name)
	return yaml.Unmarshal(data, cfg)
}

// expand is only used by decode.
func expand(data []byte, name string) []byte {
	fmt.Printf("expanding the variables of %s\n", name)
	return []byte(os.ExpandEnv(string(data)))
}

// readFile reads one file.
func readFile(path string) ([]byte, error) {
	return os.ReadFile(path)
}

// Settings is a section of the configuration that reads itself.
type Settings struct {
	Limit int `json:"limit"`
}

// ReadFrom decodes the file at path into the receiver.
func (s *Settings) ReadFrom(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fmt.Fprintf(os.Stderr, "reading settings from %s\n", path)
	return json.NewDecoder(f).Decode(s)
}

// Watch reloads the configuration whenever changed fires: the reloads run
// while the service serves, when its logger exists.
func Watch(dir string, changed <-chan struct{}, apply func(*Config)) {
	go func() {
		for range changed {
			cfg, err := Load(dir)
			if err != nil {
				log.Printf("reloading the configuration: %v", err) // want `log.Printf writes unstructured text`
				continue
			}
			apply(cfg)
		}
	}()
}
