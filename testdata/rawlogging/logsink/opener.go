package logsink

import (
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"os"
)

// netSink sends the records to a remote collector.
type netSink struct{ conn net.Conn }

// Write sends a record, or tells the standard error when the collector
// is gone.
func (s *netSink) Write(p []byte) (int, error) {
	if s.conn == nil {
		fmt.Fprintf(os.Stderr, "no collector, dropping %d bytes\n", len(p))
		return 0, errors.New("no connection")
	}
	return s.conn.Write(p)
}

// OpenNetSink opens the writer the records go to: when the collector
// cannot be reached it still starts, and the failure goes to the standard
// error, the sink not being there to take it.
func OpenNetSink(addr string, soft bool) (io.WriteCloser, error) {
	s := &netSink{}
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		if !soft {
			return nil, err
		}
		fmt.Fprintf(os.Stderr, "cannot reach the collector: %v\n", err)
	}
	s.conn = conn
	return s, nil
}

// Close closes the connection.
func (s *netSink) Close() error {
	if s.conn == nil {
		return nil
	}
	return s.conn.Close()
}

// OpenSink returns the sink itself.
func OpenSink(addr string) (io.Writer, error) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		log.Printf("cannot reach the collector: %v", err)
		conn = nil
	}
	return &netSink{conn: conn}, nil
}

// OpenFile opens a file of the standard library, no sink of the package:
// its failure is a log line of the service.
func OpenFile(path string) (io.WriteCloser, error) {
	f, err := os.Create(path)
	if err != nil {
		log.Printf("cannot create %s: %v", path, err) // want `log.Printf writes unstructured text`
		return nil, err
	}
	return f, nil
}

// Announce opens its sink but prints to the standard output, which may
// be the program's data: reported.
func Announce(addr string) (io.Writer, error) {
	s := &netSink{}
	if addr == "" {
		fmt.Println("no address") // want `fmt.Println writes unstructured text`
	}
	return s, nil
}
