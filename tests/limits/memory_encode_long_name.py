# A 200 MiB encoding name: normalized in a bounded buffer, and the
# LookupError quoting it does not fit.
# limit: memory
name = 'x' * (200 * 2**20)
'a'.encode(name)
