# IGNORECASE inside lookarounds and with inline scoped flags.
import re
print(re.findall(r'(?i)\w+(?=ING\b)', 'Singing DANCING walk'))
print(re.findall(r'(?<=(?i:ab))c', 'ABc abc aBC'))
print(re.search(r'(?i)(?<!x)Y', 'xy Xy zY').span())
