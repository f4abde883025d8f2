// Package copytree copies a directory tree: the benchmark and the
// robustness tests make writable copies of modules from the read-only
// module cache with it.
package copytree

import (
	"io/fs"
	"os"
	"path/filepath"
)

// Copy copies the directories and regular files of src into dst, writable
// (0755 and 0644). Other files, such as symbolic links, are left out.
func Copy(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}
