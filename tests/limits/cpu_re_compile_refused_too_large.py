# A pattern RE2 refuses at its memory bound has done the work of building
# a program up to that bound before it says so: each refusal is charged,
# so a loop of them ends on the instruction budget.
# args: --max-instructions 100000000
# limit: instructions
import re
i = 0
pattern = 'x%d' + '(?:a|b|c){1000}' * 800
while True:
    try:
        re.compile(pattern % i)
    except re.error:
        pass
    i += 1
