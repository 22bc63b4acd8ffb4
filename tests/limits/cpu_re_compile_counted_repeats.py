# RE2 spells a counted repeat out when it compiles (`[a-zß]{999}` under
# IGNORECASE becomes thousands of program instructions), work the
# pattern's short text does not show: compiling is charged by the size of
# the program RE2 made, so compiling distinct patterns in a loop ends on
# the instruction budget instead of burning minutes for a few thousand
# instructions (the time limit is off here, as in every limit script).
# args: --max-instructions 100000000
# limit: instructions
import re
i = 0
while True:
    re.compile('(?i)x%d[a-zß]{999}' % i)
    i += 1
