-- A cache-busting client: the first page of the list with a parameter that changes on every request
-- (?cb=<random>). The route does not declare it: Kiosque ignores it, for the key and the answer.
local n = 0
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end
request = function()
  n = n + 1
  return wrk.format("GET", "/api/v1/articles?cb=" .. (id or 0) .. "-" .. n .. "-" .. math.random(1000000000))
end
