import FrontlineCLI

// Synchronous on purpose: the practice REPL reads lines on the main thread, the thread Ctrl-C reaches.
Frontline.main()
