# Non-ASCII text: spans are in code points.
import re
print(re.search(r'(?<=é)(\w)\1', 'xéññy').span())
print([m.span() for m in re.finditer(r'(?=ü)', 'aüüb')])
print(re.sub(r'(?<=[αβ])γ', 'Γ', 'αγ βγ γ'))
print(re.findall(r'(.)\1', '😀😀a😃😃'))
print(re.split(r'(?<=😀)', 'a😀b😀c'))
