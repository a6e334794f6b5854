-- wrk script: every request is a genuine restore from the remember cookie. Each wrk thread owns a
-- pool of remember-cookie values (one remember series each, from cookies.txt, made by run.sh). A
-- request (to the URL wrk was given) takes a value from the pool and sends it alone (no session cookie); the answer's rotated
-- value (echoed in X-Remember by the benchmark WAR) goes back into the pool. No value is ever sent
-- twice, so every request looks the series up, verifies its HMAC, rotates it and starts a session.
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local file = os.getenv("REMEMBER_COOKIES") or "cookies.txt"
  local nthreads = tonumber(os.getenv("WRK_THREADS") or "2")
  pool = {}
  local i = 0
  for line in io.lines(file) do
    if line ~= "" and i % nthreads == id then
      table.insert(pool, line)
    end
    i = i + 1
  end
  starved = 0
  last = pool[1]
end

function request()
  local value = table.remove(pool)
  if value == nil then
    starved = starved + 1
    value = "none"
  end
  return wrk.format("GET", nil, {["Cookie"] = "remember_token=" .. value})
end

function response(status, headers, body)
  local next = headers["X-Remember"]
  if next ~= nil then
    table.insert(pool, next)
  end
end

-- The values not yet sent go back to the file for the next run; those of requests still in flight
-- when wrk stopped are lost (their series rotated without an answer), so run.sh tops the file up.
function done(summary, latency, requests)
  local total = 0
  local out = io.open(os.getenv("REMEMBER_COOKIES") or "cookies.txt", "w")
  for _, thread in ipairs(threads) do
    total = total + (thread:get("starved") or 0)
    for _, value in ipairs(thread:get("pool") or {}) do
      out:write(value, "\n")
    end
  end
  out:close()
  io.write(string.format("remember: requests sent without a fresh value: %d\n", total))
end
