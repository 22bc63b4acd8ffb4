# moat policy: a dotted import of a module outside the sandbox is refused,
# naming the top-level module.
print("parsing")
import xml.etree.ElementTree as ET
print(ET.fromstring("<a/>"))
