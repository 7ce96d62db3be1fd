"""`python -m tracker` runs the command line, exactly as `tracker` does."""

from tracker.cli import main

if __name__ == "__main__":
    main(prog_name="tracker")
