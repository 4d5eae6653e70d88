-- Sends one more request header, named after "--": wrk -s bench/wrk/header.lua URL -- Name value
-- (wrk's own -H drops, without a word, a header not written "Name: value" with its space, and a
-- word-split command line cannot carry that space: the 304 and gzip scenarios were measured
-- without their header until 2026-11-26).
local request_text
function init(args)
  if not args[1] or not args[2] then
    error("bench/wrk/header.lua: give the header after --: Name value")
  end
  wrk.headers[args[1]] = args[2]
  request_text = wrk.format()
end
function request()
  return request_text
end
