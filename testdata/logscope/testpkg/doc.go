package testpkg
