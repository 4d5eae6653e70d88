-- The article list, a page chosen at random from 1 to 500 (a crawler walking the archive).
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end
function init(args)
  math.randomseed(os.time() * 1000 + (id or 0))
end
request = function()
  return wrk.format("GET", "/api/v1/articles?page=" .. math.random(500))
end
