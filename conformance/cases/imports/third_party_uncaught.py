# An uncaught import of a module that is not installed.
print("before")
import pandas
print("after")
