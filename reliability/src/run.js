"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __generator = (this && this.__generator) || function (thisArg, body) {
    var _ = { label: 0, sent: function() { if (t[0] & 1) throw t[1]; return t[1]; }, trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
    return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() { return this; }), g;
    function verb(n) { return function (v) { return step([n, v]); }; }
    function step(op) {
        if (f) throw new TypeError("Generator is already executing.");
        while (g && (g = 0, op[0] && (_ = 0)), _) try {
            if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
            if (y = 0, t) op = [op[0] & 2, t.value];
            switch (op[0]) {
                case 0: case 1: t = op; break;
                case 4: _.label++; return { value: op[1], done: false };
                case 5: _.label++; y = op[1]; op = [0]; continue;
                case 7: op = _.ops.pop(); _.trys.pop(); continue;
                default:
                    if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) { _ = 0; continue; }
                    if (op[0] === 3 && (!t || (op[1] > t[0] && op[1] < t[3]))) { _.label = op[1]; break; }
                    if (op[0] === 6 && _.label < t[1]) { _.label = t[1]; t = op; break; }
                    if (t && _.label < t[2]) { _.label = t[2]; _.ops.push(op); break; }
                    if (t[2]) _.ops.pop();
                    _.trys.pop(); continue;
            }
            op = body.call(thisArg, _);
        } catch (e) { op = [6, e]; y = 0; } finally { f = t = 0; }
        if (op[0] & 5) throw op[1]; return { value: op[0] ? op[1] : void 0, done: true };
    }
};
Object.defineProperty(exports, "__esModule", { value: true });
var checks_1 = require("./checks");
var DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';
var adminUrl = process.env.DATABASE_URL || DEFAULT_URL;
if (!process.env.DATABASE_URL)
    console.log("DATABASE_URL unset: using ".concat(DEFAULT_URL));
var wanted = process.argv.slice(2).filter(function (arg) { return arg !== '--'; });
var unknown = wanted.filter(function (name) { return !checks_1.checks.some(function (check) { return check.name === name; }); });
if (unknown.length > 0) {
    console.error("unknown check(s): ".concat(unknown.join(', '), "; known: ").concat(checks_1.checks.map(function (c) { return c.name; })));
    process.exit(2);
}
var selected = wanted.length > 0 ? checks_1.checks.filter(function (c) { return wanted.includes(c.name); }) : checks_1.checks;
function runOne(check) {
    return __awaiter(this, void 0, void 0, function () {
        var log, error_1;
        var _a;
        return __generator(this, function (_b) {
            switch (_b.label) {
                case 0:
                    log = function (line) { return console.log("  [".concat(check.name, "] ").concat(line)); };
                    _b.label = 1;
                case 1:
                    _b.trys.push([1, 3, , 4]);
                    return [4 /*yield*/, check.run({ adminUrl: adminUrl, log: log })];
                case 2: return [2 /*return*/, _b.sent()];
                case 3:
                    error_1 = _b.sent();
                    // A check that could not finish proves nothing: it counts as a failure.
                    return [2 /*return*/, { trials: 0, failures: ["aborted: ".concat((_a = error_1.stack) !== null && _a !== void 0 ? _a : String(error_1))] }];
                case 4: return [2 /*return*/];
            }
        });
    });
}
var failed = false;
var started = Date.now();
for (var _i = 0, selected_1 = selected; _i < selected_1.length; _i++) {
    var check = selected_1[_i];
    var checkStarted = Date.now();
    var result = await runOne(check);
    var seconds = ((Date.now() - checkStarted) / 1000).toFixed(1);
    console.log("RELIABILITY ".concat(check.name, ": trials=").concat(result.trials, " failures=").concat(result.failures.length, " (").concat(seconds, " s)"));
    for (var _a = 0, _b = result.failures.slice(0, 10); _a < _b.length; _a++) {
        var failure = _b[_a];
        console.log("  \u2717 ".concat(failure));
    }
    if (result.failures.length > 0)
        failed = true;
}
console.log("reliability: ".concat(selected.length, " checks in ").concat(((Date.now() - started) / 1000).toFixed(0), " s"));
process.exit(failed ? 1 : 0);
