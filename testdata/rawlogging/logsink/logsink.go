// Package logsink is a small logging library: its records go to a writer
// of its own, and when that writer is unset or closed, or a record cannot
// be encoded or written, it falls back to the standard logger, having no
// other way to tell. What the rest of the package prints is reported.
package logsink

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
)

// fileSink is the writer the records go to.
type fileSink struct {
	records chan []byte
	done    chan struct{}
	out     io.Writer
}

// Write hands the record to the writing goroutine, or prints it once the
// sink is closed.
func (s *fileSink) Write(p []byte) (int, error) {
	select {
	case s.records <- p:
		return len(p), nil
	case <-s.done:
		log.Println(string(p))
		return 0, io.ErrClosedPipe
	}
}

// drain writes the records; a failed write is told to the standard logger.
func (s *fileSink) drain() {
	for p := range s.records {
		if _, err := s.out.Write(p); err != nil {
			log.Printf("cannot write record: %v", err)
		}
	}
}

// echoSink writes each record to its writer and echoes it besides.
type echoSink struct {
	out io.Writer
}

// Write echoes the record on its main path, after a successful write:
// that is no fallback but a second, raw copy of every record.
func (s *echoSink) Write(p []byte) (int, error) {
	if _, err := s.out.Write(p); err != nil {
		return 0, err
	}
	log.Printf("wrote %s", p) // want `log.Printf writes unstructured text`
	return len(p), nil
}

// report is not the sink's fallback: a writer's method that prints with
// fmt is still reported.
func (s *fileSink) report() {
	fmt.Println("records pending:", len(s.records)) // want `fmt.Println writes unstructured text`
}

// writeEntry encodes an entry and writes it to w, the standard logger
// standing in when there is no writer or the entry cannot be written.
func writeEntry(w io.Writer, entry map[string]any) {
	content, err := json.Marshal(entry)
	switch {
	case err != nil:
		log.Printf("cannot encode entry: %v", err)
	case w == nil:
		log.Println(string(content))
	default:
		if _, err := w.Write(append(content, '\n')); err != nil {
			log.Println(err.Error())
		}
	}
}

// Info writes an entry through the sink.
func Info(s *fileSink, msg string) {
	writeEntry(s, map[string]any{"level": "info", "msg": msg})
}

// dump is handed a writer it never writes to: what it logs is a log line.
func dump(w io.Writer, entry map[string]any) {
	log.Printf("dumping %v", entry) // want `log.Printf writes unstructured text`
	_ = w
}

// serve writes a response; its failure is a log line of the service.
func serve(w http.ResponseWriter, r *http.Request) {
	if _, err := w.Write([]byte("ok")); err != nil {
		log.Printf("write response: %v", err) // want `log.Printf writes unstructured text`
	}
}
