import uuid

print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/a?b=1"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/a?b=1"))
print(uuid.uuid5(uuid.NAMESPACE_OID, "1.3.6.1"))
print(uuid.uuid5(uuid.NAMESPACE_X500, "cn=John Doe"))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "héllo wörld"))
for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    print(repr(ns), ns.version)
u = uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
print(u.version, u.variant, u == uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
