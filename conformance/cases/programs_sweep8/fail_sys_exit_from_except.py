import sys
try:
    1 / 0
except ZeroDivisionError:
    sys.exit("exiting: " + str(sys.exc_info()[1]))
