"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checks = void 0;
exports.checks = [];
