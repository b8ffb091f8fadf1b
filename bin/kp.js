#!/usr/bin/env node
import '../dist/kp.js';
