# A small print with a ten-megabyte separator.
# args: --max-output 1M
# limit: output
print("a", "b", sep="-" * 10**7)
