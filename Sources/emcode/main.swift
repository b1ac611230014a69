import EMCodeCLI

EMCodeCommand.main()
