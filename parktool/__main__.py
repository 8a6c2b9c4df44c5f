from parktool.cli import main

main()
