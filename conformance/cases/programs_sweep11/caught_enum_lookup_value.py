from enum import Enum


def main():
    class Level(Enum):
        LOW = 1
        HIGH = 2


    for raw in [1, 2, 3]:
        print(Level(raw))


try:
    main()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e).__module__, repr(e))
