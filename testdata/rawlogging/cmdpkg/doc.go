package cmdpkg
