# IGNORECASE sets are folded by the translator (re_casefold.h): a wide set
# looks at thousands of table entries, which compiling charges, so compiling
# many distinct patterns of them ends on the instruction budget (a smaller
# one than the default, so a sanitizer build ends it in time too).
# args: --max-instructions 100000000
# limit: instructions
import re
i = 0
while True:
    re.compile('(?i)' + '[\\x00-\\U0010ffff]' * 2000 + str(i))
    i += 1
