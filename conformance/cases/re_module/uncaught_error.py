# An uncaught re.error ends the script with its message.
import re

print(re.findall('[0-9]+', 'a1b2'))
re.compile('(abc')
